package org.clausewise.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Made-up resolutions of two sessions, written as text files: a series followed from the 78th to
 * the 79th session with a clause new, three changed (one by its verb) and one dropped, and a
 * series that starts in the 79th session.
 */
public final class MadeUpSessions {
    private MadeUpSessions() {
    }

    /** Writes the three texts into {@code folder} and returns it. */
    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        text(folder, "A-RES-78-150.txt", "78/150", "10 December 2023", "Made-up cooperation on lighthouses", List.of(
                "Recalling its resolution 77/150 of 12 December 2022,",
                "Noting the work of the keepers of lighthouses on all coasts,"), List.of(
                "Welcomes the report of the Secretary-General on lighthouses;",
                "Encourages States to keep the lamps of lighthouses lit at night;",
                "Requests the Secretary-General to report on lighthouses at its seventy-ninth session;",
                "Invites regional organizations to share charts of dangerous coasts with sailors;"));
        text(folder, "A-RES-79-160.txt", "79/160", "11 December 2024", "Made-up cooperation on lighthouses", List.of(
                "Recalling its resolution 77/150 of 12 December 2022,",
                "Noting the work of the keepers of lighthouses on all coasts,",
                "Mindful of the storms that threaten small fishing boats every winter,"), List.of(
                "Recalls the report of the Secretary-General on lighthouses;",
                "Encourages States to keep the lamps of lighthouses lit at night, as decided in the ocean charter;",
                "Requests the Secretary-General to report on lighthouses at its eightieth session;"));
        text(folder, "A-RES-79-170.txt", "79/170", "11 December 2024", "Made-up protection of migratory songbirds",
                List.of("Aware that songbirds cross many borders twice a year,"), List.of(
                "Calls upon States to protect the resting places of migratory songbirds;",
                "Decides to consider the question at its eighty-first session."));
        return folder;
    }

    private static void text(Path folder, String file, String number, String date, String title, List<String> preamble,
                             List<String> operative) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Resolution adopted by the General Assembly on ").append(date).append('\n');
        sb.append("[on the report of the Second Committee (A/").append(number.substring(0, 2)).append("/400)]\n");
        sb.append(number).append(".\t").append(title).append("\n\n\n");
        sb.append("\tThe General Assembly,\n");
        for (String p : preamble) {
            sb.append('\t').append(p).append('\n');
        }
        for (int i = 0; i < operative.size(); i++) {
            sb.append('\t').append(i + 1).append(".\t").append(operative.get(i)).append('\n');
        }
        sb.append("\n50th plenary meeting\n").append(date).append('\n');
        Files.writeString(folder.resolve(file), sb.toString());
    }
}
