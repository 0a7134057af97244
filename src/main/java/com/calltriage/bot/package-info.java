/**
 * The Bot Framework edge: the /api/messages controller, the adapter and the activity translator.
 * The only package that imports the Bot Framework SDK.
 * Edge. May use: access, card, command, command.reply.
 */
package com.calltriage.bot;
