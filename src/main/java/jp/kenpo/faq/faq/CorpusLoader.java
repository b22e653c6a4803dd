package jp.kenpo.faq.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code corpus.yaml} and the files it lists, and refuses a corpus an editor has broken: every problem
 * is reported with the file it is in, so that start-up fails with a message a non-developer can act on.
 */
public final class CorpusLoader {

    static final String MANIFEST = "corpus.yaml";
    /** A directory with this file and no corpus.yaml is a corpus kept in a spreadsheet. */
    static final String SHEET = "faq.csv";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final CorpusSource source;

    public CorpusLoader(CorpusSource source) {
        this.source = source;
    }

    public FaqCorpus load() {
        YamlFile manifest = manifest();
        Items read = new ItemFiles().read(manifest.stringList("items"));
        List<FaqItem> items = read.items();
        Set<FaqId> known = new LinkedHashSet<>();
        items.forEach(item -> known.add(item.id()));

        Map<FaqId, List<String>> alternates = new LinkedHashMap<>(read.alternates());
        for (String file : optionalList(manifest, "alternates")) {
            readAlternates(file, known)
                    .forEach((id, more) -> alternates
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .addAll(more));
        }
        List<String> outOfScopeQuestions = optional(manifest, "outOfScope")
                .map(file -> {
                    YamlFile outOfScope = parse(file);
                    return outOfScope.stringList(outOfScope.root().path("questions"), "questions");
                })
                .orElse(List.of());
        List<List<String>> synonyms =
                optional(manifest, "synonyms").map(this::readSynonyms).orElse(List.of());
        List<Set<FaqId>> answerGroups = optional(manifest, "answerGroups")
                .map(file -> readAnswerGroups(file, known))
                .orElse(List.of());
        String userDictionary = optional(manifest, "userDictionary")
                .map(file -> {
                    String csv = source.read(file);
                    UserDictionaryFormat.check(file, csv);
                    return csv;
                })
                .orElse("");
        List<ItemAudience> audiences = optional(manifest, "audiences")
                .map(file -> new AudienceFile(parse(file), known).read())
                .orElse(List.of());
        return new FaqCorpus(
                items,
                alternates,
                outOfScopeQuestions,
                synonyms,
                answerGroups,
                userDictionary,
                audiences,
                source(manifest),
                focusObjects(manifest),
                new ContactBlock(manifest, items).read(),
                optional(manifest, "rules"));
    }

    /**
     * The question files listed under {@code checks:} in corpus.yaml (file → text), which an editor's change must
     * keep answering before it is published; empty for a corpus that lists none.
     */
    public Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        for (String file : optionalList(manifest(), "checks")) {
            checks.put(file, source.read(file));
        }
        return checks;
    }

    /**
     * corpus.yaml, or for a directory holding only a spreadsheet ({@code faq.csv}) the manifest it stands for:
     * its items and nothing else.
     */
    private YamlFile manifest() {
        if (source.exists(MANIFEST) || !source.exists(SHEET)) {
            return parse(MANIFEST);
        }
        return new YamlFile(
                SHEET,
                yaml.createObjectNode().set("items", yaml.createArrayNode().add(SHEET)));
    }

    /** A file or value corpus.yaml may leave out. */
    private static Optional<String> optional(YamlFile manifest, String key) {
        return manifest.root().hasNonNull(key) ? Optional.of(manifest.string(key)) : Optional.empty();
    }

    private static List<String> optionalList(YamlFile manifest, String key) {
        return manifest.root().hasNonNull(key) ? manifest.stringList(key) : List.of();
    }

    /** The optional {@code focus:} file: the objects (documents, cards) a question can be about. */
    private List<String> focusObjects(YamlFile manifest) {
        if (!manifest.root().hasNonNull("focus")) {
            return List.of();
        }
        YamlFile focus = parse(manifest.string("focus"));
        return focus.stringList(focus.root().path("objects"), "objects");
    }

    /** The optional {@code source:} block of corpus.yaml: the FAQ's title and 作成日. */
    private FaqSource source(YamlFile manifest) {
        JsonNode node = manifest.root().path("source");
        if (node.isMissingNode()) {
            return FaqSource.UNKNOWN;
        }
        String created = manifest.field(node, "createdOn", "source");
        try {
            return new FaqSource(manifest.field(node, "title", "source"), java.time.LocalDate.parse(created));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidCorpusException(
                    MANIFEST, "source.createdOn must be a date YYYY-MM-DD, not '" + created + "'");
        }
    }

    private Map<FaqId, List<String>> readAlternates(String file, Set<FaqId> known) {
        YamlFile alternatesFile = parse(file);
        Map<FaqId, List<String>> alternates = new LinkedHashMap<>();
        alternatesFile.root().fields().forEachRemaining(entry -> {
            FaqId id = alternatesFile.knownId(entry.getKey(), known);
            alternates.put(id, alternatesFile.stringList(entry.getValue(), "alternates of " + id));
        });
        return alternates;
    }

    private List<List<String>> readSynonyms(String file) {
        YamlFile synonymsFile = parse(file);
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> groupOfWord = new HashMap<>();
        for (JsonNode groupNode : synonymsFile.array(synonymsFile.root().path("groups"), "groups")) {
            List<String> group = synonymsFile.stringList(groupNode, "synonym group " + (groups.size() + 1));
            if (group.size() < 2) {
                throw new InvalidCorpusException(file, "synonym group " + group + " needs at least two words");
            }
            for (String word : group) {
                Integer earlier = groupOfWord.putIfAbsent(word, groups.size());
                if (earlier != null) {
                    throw new InvalidCorpusException(
                            file, "'" + word + "' is in two synonym groups: " + groups.get(earlier) + " and " + group);
                }
            }
            groups.add(group);
        }
        return groups;
    }

    private List<Set<FaqId>> readAnswerGroups(String file, Set<FaqId> known) {
        YamlFile groupsFile = parse(file);
        List<Set<FaqId>> groups = new ArrayList<>();
        Set<FaqId> seen = new LinkedHashSet<>();
        for (JsonNode groupNode : groupsFile.array(groupsFile.root().path("groups"), "groups")) {
            Set<FaqId> group = new LinkedHashSet<>();
            for (String id : groupsFile.stringList(groupNode, "answer group")) {
                FaqId faqId = groupsFile.knownId(id, known);
                if (!seen.add(faqId)) {
                    throw new InvalidCorpusException(file, faqId + " is in more than one answer group");
                }
                group.add(faqId);
            }
            if (group.size() < 2) {
                throw new InvalidCorpusException(file, "answer group " + group + " needs at least two ids");
            }
            groups.add(group);
        }
        return groups;
    }

    private YamlFile parse(String file) {
        try {
            JsonNode root = yaml.readTree(source.read(file));
            if (root == null || !root.isObject()) {
                throw new InvalidCorpusException(file, "expected a YAML mapping at the top level");
            }
            return new YamlFile(file, root);
        } catch (JsonProcessingException e) {
            throw new InvalidCorpusException(
                    file,
                    "not valid YAML: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    /** Items from every item file, in id order, and the 言い換え a spreadsheet gave with them. */
    private record Items(List<FaqItem> items, Map<FaqId, List<String>> alternates) {}

    /** Reads the item files (YAML by category, or spreadsheets) and checks ids across all of them. */
    private final class ItemFiles {
        private final Map<FaqId, String> fileOfId = new HashMap<>();

        Items read(List<String> files) {
            List<FaqItem> items = new ArrayList<>();
            Map<FaqId, List<String>> alternates = new LinkedHashMap<>();
            for (String file : files) {
                List<FaqItem> fromFile;
                if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                    FaqCsv.Sheet sheet = FaqCsv.read(file, source.read(file));
                    fromFile = sheet.items();
                    alternates.putAll(sheet.alternates());
                } else {
                    fromFile = readFile(file);
                }
                for (FaqItem item : fromFile) {
                    String earlier = fileOfId.putIfAbsent(item.id(), file);
                    if (earlier != null && !earlier.equals(file)) {
                        throw new InvalidCorpusException(
                                file, "duplicate id " + item.id() + " (also in " + earlier + ")");
                    }
                }
                items.addAll(fromFile);
            }
            items.sort((a, b) -> a.id().compareTo(b.id()));
            return new Items(items, alternates);
        }

        private List<FaqItem> readFile(String file) {
            YamlFile itemFile = parse(file);
            int category = itemFile.root().path("category").asInt(-1);
            if (category < 1) {
                throw new InvalidCorpusException(file, "'category' must be the category number (1, 2, …)");
            }
            String title = itemFile.string("title");
            List<FaqItem> items = new ArrayList<>();
            for (JsonNode node : itemFile.array(itemFile.root().path("items"), "items")) {
                FaqId id = itemFile.id(itemFile.field(node, "id", "an item"));
                if (!id.value().startsWith(category + "-")) {
                    throw new InvalidCorpusException(file, "item " + id + " is not in category " + category);
                }
                if (items.stream().anyMatch(item -> item.id().equals(id))) {
                    throw new InvalidCorpusException(file, "duplicate id " + id + " (also in " + file + ")");
                }
                items.add(new FaqItem(
                        id,
                        title,
                        itemFile.field(node, "question", "item " + id),
                        itemFile.field(node, "answer", "item " + id)));
            }
            return items;
        }
    }
}
