package jp.kenpo.faq.matching.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the evaluation format: {@code question<TAB>acceptable_ids<TAB>kind}, a header, {@code #} comments.
 * A line commented as {@code # known weakness: …} is a case the matcher is known to get wrong: it is left out
 * of per-question checks but still counted in aggregate figures, so that hiding it cannot improve them.
 */
public final class EvalSet {

    private EvalSet() {}

    public static final String KNOWN_WEAKNESS = "# known weakness: ";

    /** Every case, known weaknesses included. */
    public static List<EvalCase> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), true);
    }

    public static List<EvalCase> parse(List<String> lines, boolean withKnownWeaknesses) {
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (withKnownWeaknesses && line.startsWith(KNOWN_WEAKNESS)) {
                line = line.substring(KNOWN_WEAKNESS.length());
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("question\t")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 3 tab-separated fields");
            }
            List<String> ids = fields[1].strip().equals("NONE")
                    ? List.of()
                    : Arrays.stream(fields[1].split(",")).map(String::strip).toList();
            cases.add(new EvalCase(fields[0].strip(), ids, fields[2].strip(), i + 1));
        }
        return cases;
    }
}
