package jp.kenpo.faq.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.faq.answer.Channel;
import jp.kenpo.faq.answer.Question;
import jp.kenpo.faq.personalization.MemberFacts;

/**
 * Body of {@code POST /api/v1/ask}: a question, or an item the member picked, with facts on a day.
 *
 * @param question the member's question, 1–500 characters after trimming (or give itemId)
 * @param limit    how many candidates to return, 1–10 (default 3)
 * @param member   the member's facts, optional (see {@code /api/v1/assessment})
 * @param asOf     the day to answer for (YYYY-MM-DD), default today in Japan
 * @param itemId   instead of a question: the 項番 of an item the member picked (a "did you mean" button, or the
 *                 item a follow-up was answered about); the rules may still show another item that fits better
 */
@QuestionOrItem
public record AskRequest(
        @Size(max = Question.MAX_LENGTH, message = "question must be at most " + Question.MAX_LENGTH + " characters")
        String question,

        @Min(value = 1, message = "limit must be between 1 and 10")
        @Max(value = 10, message = "limit must be between 1 and 10")
        Integer limit,

        MemberFacts member,
        String asOf,

        @Size(max = 10, message = "itemId must be an FAQ id like 5-2")
        String itemId) {

    public AskRequest {
        question = question == null ? null : question.strip();
        itemId = itemId == null ? null : itemId.strip();
    }

    int limitOrDefault() {
        return limit == null ? Question.DEFAULT_LIMIT : limit;
    }

    /**
     * The question to answer, once the request is valid.
     *
     * @param channelHeader the {@code X-Kenpo-Channel} header, or null
     * @param today         the day in Japan when the request arrived: the answer's day unless asOf says otherwise
     * @throws InvalidFieldsException for an asOf that is not a date
     */
    Question toQuestion(String channelHeader, LocalDate today) {
        LocalDate day = AsOfReader.read(asOf, today);
        Channel channel = Channel.fromHeader(channelHeader);
        return itemId != null && !itemId.isEmpty()
                ? Question.ofItem(itemId, limitOrDefault(), Optional.ofNullable(member), day, channel)
                : new Question(question, limitOrDefault(), Optional.ofNullable(member), day, channel);
    }
}
