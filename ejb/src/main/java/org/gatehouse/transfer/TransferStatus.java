package org.gatehouse.transfer;

import org.gatehouse.platform.Labelled;

/** Where a hand-over between agencies stands. */
public enum TransferStatus implements Labelled {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
