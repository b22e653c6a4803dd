package jp.kenpo.faq.channel.line;

/**
 * The parts of a LINE webhook event this service uses. The user's id is not kept: a one-to-one chat is known by a
 * key made from it ({@link ChatKeys}), so nothing is looked up about a user and the id cannot reach a log.
 *
 * @param type           message, postback, follow, join, …
 * @param webhookEventId LINE's id of the event, the same on redelivery
 * @param replyToken     single-use token for the reply API; null for events that cannot be replied to
 * @param messageType    text, sticker, image, … for message events
 * @param text           the text of a text message, without the mentions of this bot
 * @param postbackData   the data of a tapped button
 * @param mode           {@code active}, or {@code standby} while another channel answers (then nothing is sent)
 * @param sourceType     {@code user} for a one-to-one chat, {@code group} or {@code room} for a chat with others
 * @param addressed      whether the message mentions this bot (what makes it a question in a group)
 * @param chat           the one-to-one chat's key, null in a group or room
 */
record LineEvent(
        String type,
        String webhookEventId,
        String replyToken,
        String messageType,
        String text,
        String postbackData,
        String mode,
        String sourceType,
        boolean addressed,
        String chat) {

    /** LINE: a channel in standby must not send messages. */
    boolean inStandby() {
        return "standby".equals(mode);
    }

    /** A group or a room: others read every reply, so the bot speaks only when addressed and asks nothing personal. */
    boolean shared() {
        return "group".equals(sourceType) || "room".equals(sourceType);
    }
}
