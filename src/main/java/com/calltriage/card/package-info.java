/**
 * Renders view models as Adaptive Cards (schema 1.5) with Jackson trees.
 * Core: depends on command's view models and Jackson only.
 */
package com.calltriage.card;
