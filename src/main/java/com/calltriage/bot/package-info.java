/**
 * The Bot Framework edge: the /api/messages controller, the adapter and the activity translator, the conversation
 * references kept from every activity, and the delivery of the outbox through the Bot Connector.
 * The only package that imports the Bot Framework SDK.
 * Edge. May use: access, card, command, command.reply, conversation, http.
 */
package com.calltriage.bot;
