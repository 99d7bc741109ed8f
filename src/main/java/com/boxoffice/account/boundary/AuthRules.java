package com.boxoffice.account.boundary;

/** Shapes of account fields, shared by the request records. */
public final class AuthRules {

    /** Something@domain.tld, without spaces; Bean Validation's @Email alone accepts "a@b". */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String EMAIL_MESSAGE = "must be an email address";
    public static final String PHONE = "^\\+?[0-9 ()-]{6,20}$";
    public static final String PHONE_MESSAGE = "must be a phone number";

    private AuthRules() {
    }
}
