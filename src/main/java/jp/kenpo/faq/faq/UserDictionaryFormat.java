package jp.kenpo.faq.faq;

/**
 * Checks the Kuromoji user dictionary's lines ({@code 表層形,分割,読み,品詞}) before Kuromoji sees them, so a
 * broken line is reported with its file and line number instead of a parser's stack trace.
 */
final class UserDictionaryFormat {

    private UserDictionaryFormat() {}

    static void check(String file, String csv) {
        String[] lines = csv.split("\n");
        java.util.Set<String> surfaces = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            String[] fields = line.split(",");
            if (fields.length != 4 || java.util.Arrays.stream(fields).anyMatch(String::isBlank)) {
                throw new InvalidCorpusException(file, where + "expected surface,segmentation,readings,part-of-speech");
            }
            String[] segments = fields[1].strip().split(" +");
            String[] readings = fields[2].strip().split(" +");
            if (!String.join("", segments).equals(fields[0].strip())) {
                throw new InvalidCorpusException(
                        file, where + "the segmentation does not spell the surface " + fields[0]);
            }
            if (segments.length != readings.length) {
                throw new InvalidCorpusException(file, where + "one reading is needed per segment");
            }
            if (!surfaces.add(fields[0].strip())) {
                throw new InvalidCorpusException(file, where + "duplicate entry " + fields[0]);
            }
        }
    }
}
