package jp.kenpo.faq.channel.line;

/**
 * The parts of a LINE webhook event this service uses. The user's id is deliberately not read: nothing is
 * looked up or kept per user, and it cannot reach a log.
 *
 * @param type           message, postback, follow, …
 * @param webhookEventId LINE's id of the event, the same on redelivery
 * @param replyToken     single-use token for the reply API; null for events that cannot be replied to
 * @param messageType    text, sticker, image, … for message events
 * @param text           the text of a text message
 * @param postbackData   the data of a tapped quick-reply button
 */
record LineEvent(
        String type, String webhookEventId, String replyToken, String messageType, String text, String postbackData) {}
