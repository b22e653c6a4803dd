package jp.kenpo.faq.faq;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets save it: quoted fields may hold commas, quotes ({@code ""}) and line breaks; lines
 * end in CRLF or LF; a UTF-8 byte-order mark (Excel's 「CSV UTF-8」) is dropped. A problem is reported with the
 * file and the line it starts on, so that whoever edited the sheet can find it.
 */
final class CsvTable {

    private CsvTable() {}

    /** One record and the line of the file it starts on. */
    record Row(int line, List<String> fields) {}

    static List<Row> parse(String file, String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    if (i + 1 < csv.length() && ",\r\n".indexOf(csv.charAt(i + 1)) < 0) {
                        throw new InvalidCorpusException(
                                file, "line " + line + ": a quoted field must end at a comma or the end of the line");
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addUnlessBlank(rows, rowLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new InvalidCorpusException(file, "line " + rowLine + ": a quoted field is never closed");
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(rows, rowLine, fields);
        }
        return rows;
    }

    /** A line with nothing on it (a spreadsheet's trailing empty rows) is not a record. */
    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    /** One record, fields quoted where RFC 4180 requires it, ended by CRLF. */
    static String format(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = fields.get(i);
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        return out.append("\r\n").toString();
    }
}
