package com.boxoffice.seating.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;

/** The show has started or was cancelled: no seat of it can be held. */
public class ShowNotBookable extends ApiException {

    public ShowNotBookable() {
        super(ErrorCode.SHOW_NOT_BOOKABLE, "The show has started or was cancelled");
    }
}
