package com.boxoffice.account.boundary;

/** Shapes of account fields, shared by the request records. */
public final class AuthRules {

    /** Something@domain.tld, without spaces; Bean Validation's @Email alone accepts "a@b". */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String EMAIL_MESSAGE = "must be an email address";
    /** "Characters" as people count them, so an emoji is one, not two UTF-16 units. */
    public static final String PASSWORD = "[\\s\\S]{8,128}";
    public static final String PASSWORD_MESSAGE = "must be 8 to 128 characters";
    public static final String PHONE = "^\\+?[0-9 ()-]{6,20}$";
    public static final String PHONE_MESSAGE = "must be a phone number";

    private AuthRules() {
    }
}
