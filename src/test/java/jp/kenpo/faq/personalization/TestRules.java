package jp.kenpo.faq.personalization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.kenpo.faq.TestCorpus;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/** The DRL of the top-level rules/ folder, compiled once per test JVM without Quarkus, with the corpus's audiences. */
final class TestRules {

    private static Personalization personalization;

    private TestRules() {}

    static synchronized Personalization personalization() {
        if (personalization == null) {
            personalization = new Personalization(
                    compile(Path.of("rules")), TestCorpus.corpus().audiences());
        }
        return personalization;
    }

    private static KieBase compile(Path folder) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        try (Stream<Path> drl = Files.list(folder)) {
            drl.filter(path -> path.toString().endsWith(".drl")).forEach(path -> {
                try {
                    files.write("src/main/resources/jp/kenpo/faq/rules/" + path.getFileName(), Files.readString(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(
                    "rules do not compile: " + builder.getResults().getMessages());
        }
        return services.newKieContainer(services.getRepository().getDefaultReleaseId())
                .getKieBase();
    }
}
