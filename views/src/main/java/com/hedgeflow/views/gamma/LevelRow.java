package com.hedgeflow.views.gamma;

/**
 * One line of the levels list beside the chart.
 *
 * @param value    the level in USD, or the reason there is none ("no flip in ±25%")
 * @param distance from the index, e.g. "-3.5%"; empty when there is no level
 */
public record LevelRow(String id, String name, String value, String distance) {
}
