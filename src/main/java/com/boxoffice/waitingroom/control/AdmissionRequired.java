package com.boxoffice.waitingroom.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import java.util.Map;
import java.util.UUID;

/** ADMISSION_REQUIRED: the movie sells behind a waiting room and the customer holds no live pass. */
public class AdmissionRequired extends ApiException {

    public AdmissionRequired(UUID movieId) {
        super(ErrorCode.ADMISSION_REQUIRED, "This sale has a waiting room: join the line and wait to be let in",
                Map.of("movieId", movieId.toString()));
    }
}
