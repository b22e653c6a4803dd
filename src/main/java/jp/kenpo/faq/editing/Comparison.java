package jp.kenpo.faq.editing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A change's figures beside the served FAQ's, file by file: the change may be published only when no file is
 * answered worse, in-scope or out of scope.
 *
 * @param lines  one per check file
 * @param lost   check questions the served FAQ gets right and the change would get wrong (file, question)
 * @param gained check questions the change would get right that the served FAQ gets wrong
 */
public record Comparison(List<Line> lines, List<String> lost, List<String> gained) {

    /** How many lost or gained questions are listed at most. */
    static final int SHOWN = 20;

    /** One check file, served and changed. */
    public record Line(CheckFigures served, CheckFigures changed) {

        @JsonProperty
        public boolean regressed() {
            return changed.answered() < served.answered() || changed.refused() < served.refused();
        }
    }

    /** Whether any check file is answered worse. */
    @JsonProperty
    public boolean regressed() {
        return lines.stream().anyMatch(Line::regressed);
    }
}
