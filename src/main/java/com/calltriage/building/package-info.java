/**
 * Buildings: the CQD building file, its parser, and the map from a network to the building it belongs to.
 * Declares the BuildingStore port.
 * Core. May use: callrecord.
 */
package com.calltriage.building;
