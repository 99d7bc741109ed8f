package com.boxoffice.ordering.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import java.util.Map;

/** The provider declined the payment; the order may be paid again while its hold lasts. */
public class PaymentDeclined extends ApiException {

    public PaymentDeclined(String declineCode) {
        super(ErrorCode.PAYMENT_DECLINED, "The payment was declined", Map.of("declineCode", declineCode));
    }
}
