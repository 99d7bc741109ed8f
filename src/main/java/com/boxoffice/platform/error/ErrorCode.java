package com.boxoffice.platform.error;

/**
 * Every error code of the HTTP contract, with the status it is answered with. Services refuse with a code
 * ({@link ApiException} and its named kinds); only the mapper in this package turns it into HTTP.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    INVALID_TOKEN(400),
    UNAUTHENTICATED(401),
    INVALID_CREDENTIALS(401),
    PAYMENT_DECLINED(402),
    FORBIDDEN(403),
    ADMISSION_REQUIRED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    REQUEST_TIMEOUT(408),
    SEATS_UNAVAILABLE(409),
    SHOW_NOT_BOOKABLE(409),
    HOLD_NOT_ACTIVE(409),
    HOLD_HAS_ORDER(409),
    HOLD_EXPIRED(409),
    HOLD_LIMIT_REACHED(409),
    REQUEST_IN_PROGRESS(409),
    ORDER_NOT_PAYABLE(409),
    CANCELLATION_NOT_ALLOWED(409),
    TICKET_ALREADY_USED(409),
    TICKET_VOID(409),
    EMAIL_TAKEN(409),
    SHOW_OVERLAPS(409),
    SCREEN_HAS_SHOWS(409),
    MOVIE_HAS_SHOWS(409),
    NOTIFICATION_IN_PROGRESS(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
