/**
 * The Bot Framework edge: the /api/messages controller, the adapter and the activity translator.
 * Edge: the only package that imports the Bot Framework SDK; calls command and card.
 */
package com.calltriage.bot;
