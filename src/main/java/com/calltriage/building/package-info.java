/**
 * Buildings: the CQD building file, its parser, and the map from a network to the building it belongs to.
 * Core: depends on the JDK and callrecord only; declares the BuildingStore port.
 */
package com.calltriage.building;
