package jp.kenpo.faq.channel.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import jp.kenpo.faq.answer.ContactDesk;
import org.junit.jupiter.api.Test;

class LineButtonsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPanelShowsTheWholeQuestionWhereTheQuickReplyLabelIsCut() throws Exception {
        String question = "【10-1】「資格情報のお知らせ」の内容を確認したあと、紛失してしまいました。再交付を受ける必要はありますか？";
        var message = LineButtons.choices(
                "もしかして、こちらのご質問でしょうか？", List.of(new LineButtons.Choice(question, question, "i=10-1", "紛失")));
        var json = JSON.readTree(JSON.writeValueAsString(new ReplyRequest("t", List.of(message))));
        LineReplySchema.assertValid(json.toString());
        assertEquals(
                question,
                json.at("/messages/0/contents/body/contents/1/contents/0/text").asText());
        assertEquals(
                20,
                json.at("/messages/0/quickReply/items/0/action/label").asText().length());
    }

    @Test
    void aDeskWithoutANumberOrAddressIsPlainText() {
        var desk = new ContactDesk(null, "見つかりませんでした。", "窓口へお越しください。");
        assertInstanceOf(ReplyRequest.TextMessage.class, LineButtons.desk("見つかりませんでした。", desk));
    }
}
