package org.clausewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;

/**
 * {@code parse FILE [--json]}: parses one text and prints it, as the contract JSON or as a readable
 * outline. A file that cannot be read as a resolution gives one line on stderr and exit 1.
 */
final class ParseCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean json = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("parse: unknown option '" + arg + "'; usage: parse FILE [--json]");
            } else if (file == null) {
                file = arg;
            } else {
                throw new UsageException("parse takes one FILE, got '" + file + "' and '" + arg + "'");
            }
        }
        if (file == null) {
            throw new UsageException("parse needs a FILE; usage: parse FILE [--json]");
        }
        Resolution resolution;
        try {
            resolution = ResolutionFiles.read(Path.of(file));
        } catch (InputException e) {
            err.println("clausewise: " + e.getMessage());
            return 1;
        } catch (java.nio.file.InvalidPathException e) {
            err.println("clausewise: '" + file + "' is not a valid file name");
            return 1;
        }
        out.println(json ? Json.write(ResolutionJson.of(resolution)) : ResolutionOutline.of(resolution));
        return 0;
    }
}
