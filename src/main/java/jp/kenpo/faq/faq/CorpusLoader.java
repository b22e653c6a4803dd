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
import java.util.Set;

/**
 * Reads {@code corpus.yaml} and the files it lists, and refuses a corpus an editor has broken: every problem
 * is reported with the file it is in, so that start-up fails with a message a non-developer can act on.
 */
public final class CorpusLoader {

    static final String MANIFEST = "corpus.yaml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final CorpusSource source;

    public CorpusLoader(CorpusSource source) {
        this.source = source;
    }

    public FaqCorpus load() {
        YamlFile manifest = parse(MANIFEST);
        List<FaqItem> items = new ItemFiles().read(manifest.stringList("items"));
        Set<FaqId> known = new LinkedHashSet<>();
        items.forEach(item -> known.add(item.id()));

        Map<FaqId, List<String>> alternates = new LinkedHashMap<>();
        for (String file : manifest.stringList("alternates")) {
            readAlternates(file, known)
                    .forEach((id, more) -> alternates
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .addAll(more));
        }
        String outOfScopeFile = manifest.string("outOfScope");
        YamlFile outOfScope = parse(outOfScopeFile);
        List<String> outOfScopeQuestions =
                outOfScope.stringList(outOfScope.root().path("questions"), "questions");
        List<List<String>> synonyms = readSynonyms(manifest.string("synonyms"));
        List<Set<FaqId>> answerGroups = readAnswerGroups(manifest.string("answerGroups"), known);
        String userDictionaryFile = manifest.string("userDictionary");
        String userDictionary = source.read(userDictionaryFile);
        UserDictionaryFormat.check(userDictionaryFile, userDictionary);
        List<ItemAudience> audiences = manifest.root().hasNonNull("audiences")
                ? new AudienceFile(parse(manifest.string("audiences")), known).read()
                : List.of();
        return new FaqCorpus(
                items,
                alternates,
                outOfScopeQuestions,
                synonyms,
                answerGroups,
                userDictionary,
                audiences,
                source(manifest),
                focusObjects(manifest));
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

    /** Reads the item files and checks ids across all of them. */
    private final class ItemFiles {
        private final Map<FaqId, String> fileOfId = new HashMap<>();

        List<FaqItem> read(List<String> files) {
            List<FaqItem> items = new ArrayList<>();
            for (String file : files) {
                items.addAll(readFile(file));
            }
            items.sort((a, b) -> a.id().compareTo(b.id()));
            return items;
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
                if (id.category() != category) {
                    throw new InvalidCorpusException(file, "item " + id + " is not in category " + category);
                }
                String earlier = fileOfId.putIfAbsent(id, file);
                if (earlier != null) {
                    throw new InvalidCorpusException(file, "duplicate id " + id + " (also in " + earlier + ")");
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
