/**
 * The Bot Framework edge: the /api/messages controller, the adapter and the activity translator, and the
 * conversation references kept from every activity.
 * The only package that imports the Bot Framework SDK.
 * Edge. May use: access, card, command, conversation.
 */
package com.calltriage.bot;
