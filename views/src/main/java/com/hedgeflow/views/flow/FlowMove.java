package com.hedgeflow.views.flow;

import com.hedgeflow.views.format.Figure;

/**
 * One line of the key-moves table: the hedge a given index move would force.
 *
 * @param shift the move, e.g. 0.05 for +5%
 */
public record FlowMove(double shift, String move, String index, Figure own, Figure market) {
}
