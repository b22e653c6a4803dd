package jp.kenpo.faq.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpo.faq.matching.eval.EvalSet;

/**
 * Writes the benchmark's request bodies, one JSON per line: every golden question (in and out of scope),
 * every other one with a member's facts (four member profiles), so the load mixes plain and personalised asks.
 */
public final class AskMix {

    private static final List<Map<String, Object>> MEMBERS = List.of(
            member("INSURED", "REGULAR", "GIBRALTAR_LIFE", "2015-04-01", null, "2023-06-15", true, "1985-05-20", null),
            member(
                    "DEPENDENT",
                    "REGULAR",
                    "KYOEI_NENKIN_HOME",
                    "2010-04-01",
                    null,
                    "2024-09-10",
                    false,
                    "1966-12-12",
                    null),
            member("INSURED", "VOLUNTARY_CONTINUATION", "PGI", "2023-11-01", null, "2020-01-15", true, "1952-03-03", 2),
            member("INSURED", "REGULAR", "CLIS", "2010-04-01", "2024-09-01", "2019-05-05", true, "1980-08-08", null));

    private AskMix() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        var questions = EvalSet.read(Path.of("faq-corpus/checks/golden.tsv"));
        for (int i = 0; i < questions.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("question", questions.get(i).question());
            body.put("asOf", "2026-11-24");
            if (i % 2 == 1) {
                body.put("member", MEMBERS.get(i / 2 % MEMBERS.size()));
            }
            bodies.add(json.writeValueAsString(body));
        }
        Files.write(Path.of(args[0]), bodies, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> member(
            String type,
            String scheme,
            String employer,
            String acquired,
            String lost,
            String registered,
            boolean card,
            String born,
            Integer ratio) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("insuredType", type);
        member.put("scheme", scheme);
        member.put("employer", employer);
        member.put("qualificationAcquiredOn", acquired);
        member.put("qualificationLostOn", lost);
        member.put("myNumberRegisteredOn", registered);
        member.put("mynaCardInsuranceRegistered", card);
        member.put("birthDate", born);
        member.put("elderlyCertificateRatio", ratio);
        return member;
    }
}
