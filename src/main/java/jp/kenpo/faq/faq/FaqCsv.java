package jp.kenpo.faq.faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An FAQ kept in a spreadsheet: header {@code id,question,answer} and, optionally, {@code category} (its title)
 * and {@code alternates} (言い換え, one per line in the cell). Other columns, such as a sheet's own notes, are
 * left alone. Any id string a sheet uses is an id.
 */
public final class FaqCsv {

    static final List<String> REQUIRED = List.of("id", "question", "answer");
    static final String CATEGORY = "category";
    static final String ALTERNATES = "alternates";

    private FaqCsv() {}

    /** Items and their 言い換え, as read from one CSV file. */
    /**
     * @param alternatesGiven whether the sheet has an alternates column: a sheet without one says nothing of 言い換え,
     *                        where one with an empty cell says the item has none
     */
    public record Sheet(List<FaqItem> items, Map<FaqId, List<String>> alternates, boolean alternatesGiven) {}

    /** @throws InvalidCorpusException naming the line and the problem */
    public static Sheet read(String file, String text) {
        List<CsvTable.Row> rows = CsvTable.parse(file, text);
        if (rows.isEmpty()) {
            throw new InvalidCorpusException(file, "empty: the first line must be the header id,question,answer");
        }
        Map<String, Integer> column = header(file, rows.get(0));
        List<FaqItem> items = new ArrayList<>();
        Map<FaqId, List<String>> alternates = new LinkedHashMap<>();
        Map<FaqId, Integer> lineOfId = new HashMap<>();
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.line() + ": ";
            if (row.fields().size() != rows.get(0).fields().size()) {
                throw new InvalidCorpusException(
                        file,
                        where + "has " + row.fields().size() + " fields where the header has "
                                + rows.get(0).fields().size());
            }
            FaqId id = id(file, where, cell(row, column, "id"));
            Integer earlier = lineOfId.putIfAbsent(id, row.line());
            if (earlier != null) {
                throw new InvalidCorpusException(
                        file, where + "duplicate id " + id + " (also on line " + earlier + ")");
            }
            String question = cell(row, column, "question");
            String answer = cell(row, column, "answer");
            if (question.isEmpty() || answer.isEmpty()) {
                throw new InvalidCorpusException(file, where + "item " + id + " needs a question and an answer");
            }
            items.add(new FaqItem(id, cell(row, column, CATEGORY), question, answer));
            List<String> more = cell(row, column, ALTERNATES)
                    .lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            if (!more.isEmpty()) {
                alternates.put(id, more);
            }
        }
        if (items.isEmpty()) {
            throw new InvalidCorpusException(file, "has a header but no items");
        }
        return new Sheet(items, alternates, column.containsKey(ALTERNATES));
    }

    /** The corpus as one sheet that {@link #read} reads back: every item, its category title and 言い換え. */
    public static String write(FaqCorpus corpus) {
        StringBuilder out =
                new StringBuilder(CsvTable.format(List.of("id", "question", "answer", CATEGORY, ALTERNATES)));
        for (FaqItem item : corpus.items()) {
            out.append(CsvTable.format(List.of(
                    item.id().toString(),
                    item.question(),
                    item.answer(),
                    item.category(),
                    String.join("\n", corpus.alternatesOf(item.id())))));
        }
        return out.toString();
    }

    private static Map<String, Integer> header(String file, CsvTable.Row header) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (column.putIfAbsent(name, i) != null && !name.isEmpty()) {
                throw new InvalidCorpusException(file, "line 1: the header names column '" + name + "' twice");
            }
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                throw new InvalidCorpusException(
                        file, "line 1: the header needs the columns id,question,answer; '" + required + "' is missing");
            }
        }
        return column;
    }

    private static String cell(CsvTable.Row row, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        return index == null ? "" : row.fields().get(index).strip();
    }

    private static FaqId id(String file, String where, String text) {
        try {
            return FaqId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidCorpusException(file, where + e.getMessage());
        }
    }
}
