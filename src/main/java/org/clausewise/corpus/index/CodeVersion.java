package org.clausewise.corpus.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the code that turns a file into what the index keeps: a hash of the compiled
 * classes of the packages that read and parse texts, model them and summarise them. Any change
 * to the parser (or to the model, or to a summary) gives a new version, and the index built by
 * older code is rebuilt instead of trusted; nobody has to remember to bump a number.
 */
public final class CodeVersion {
    private CodeVersion() {
    }

    /**
     * The hash of the classes under the given package folders ("org/clausewise/ingest/") as found
     * beside {@code anchor}'s class (a jar or a classes folder). A code location that cannot be
     * read gives a version no index matches, so the index is rebuilt rather than wrongly reused.
     */
    public static String of(Class<?> anchor, List<String> packageFolders) {
        try {
            Path location = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                hashFolder(location, packageFolders, digest);
            } else {
                hashJar(location, packageFolders, digest);
            }
            digest.update(String.valueOf(Runtime.version().feature()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }

    private static void hashFolder(Path root, List<String> folders, MessageDigest digest) throws IOException {
        List<Path> classes = new ArrayList<>();
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".class")).forEach(classes::add);
                }
            }
        }
        classes.sort(null);
        for (Path c : classes) {
            digest.update(root.relativize(c).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(c));
        }
    }

    private static void hashJar(Path jar, List<String> folders, MessageDigest digest) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            // the manifest's Class-Path names the libraries with their versions (pdfbox-3.0.8.jar …)
            if (file.getManifest() != null) {
                String libraries = file.getManifest().getMainAttributes().getValue("Class-Path");
                digest.update(String.valueOf(libraries).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            List<JarEntry> classes = file.stream()
                    .filter(e -> e.getName().endsWith(".class") && folders.stream().anyMatch(f -> e.getName().startsWith(f)))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (JarEntry e : classes) {
                digest.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(e)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }
}
