package org.gatehouse.platform;

import jakarta.ejb.ApplicationException;

/** An import's uploaded file asked for after its run stopped keeping it ({@link ImportProgress#FILE_KEPT}). */
@ApplicationException(rollback = true)
public class FileNoLongerKeptException extends RuntimeException {

    public FileNoLongerKeptException() {
        super("The uploaded file is no longer kept (a file is kept until its import completes, or for "
                + ImportProgress.FILE_KEPT.toDays() + " days when it does not): upload it again");
    }
}
