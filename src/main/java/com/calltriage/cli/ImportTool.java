package com.calltriage.cli;

import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.ImportReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code import PATH...}: loads Graph call record files and folders into the store; a rejected record fails. */
final class ImportTool implements Tool {
    static final String NAME = "import";

    private final CallRecordImporter importer;
    private final PrintStream out;

    ImportTool(CallRecordImporter importer, PrintStream out) {
        this.importer = importer;
        this.out = out;
    }

    @Override
    public Outcome run(List<String> paths, List<String> commandLine) throws UsageException {
        if (paths.isEmpty()) {
            throw new UsageException("import needs at least one file or folder: import PATH...");
        }
        ImportReport report = importer.importPaths(paths.stream().map(Path::of).toList(), out::println);
        out.println(report.summary());
        return report.rejected() > 0 ? Outcome.SOME_FAILED : Outcome.DONE;
    }
}
