package com.boxoffice.seating.control;

/** Redis could not be reached or did not answer in time; callers switch to the database path. */
public class RedisUnavailable extends RuntimeException {

    public RedisUnavailable(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
