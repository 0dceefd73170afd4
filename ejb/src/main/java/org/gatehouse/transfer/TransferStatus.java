package org.gatehouse.transfer;

/** Where a hand-over between agencies stands. */
public enum TransferStatus {
    PROPOSED("Awaiting the receiving agency"),
    ACCEPTED("Accepted"),
    DECLINED("Declined by the receiving agency"),
    WITHDRAWN("Withdrawn");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
