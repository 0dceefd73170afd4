package org.gatehouse.dashboards;

import java.math.BigDecimal;
import org.gatehouse.platform.InvalidInputException;

/**
 * The rate a dashboard's trend is compared with (for example the jurisdiction's published
 * return-to-prison rate), in percent, as a link or request gives it.
 */
public final class BaselineRate {

    private BaselineRate() {
    }

    /** The rate; null when blank; refused (field {@code baseline}) unless a number from 0 to 100. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal rate = new BigDecimal(text.strip());
            if (rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("baseline", "must be a rate in percent from 0 to 100, such as 41.5");
    }
}
