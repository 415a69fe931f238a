package dev.kaikei.payment;

import java.util.List;

/**
 * The customer list after asking PayPay about every linked customer.
 *
 * @param customers  all customers, by reference
 * @param nowUnlinked references PayPay reported inactive, invalid or expired (now marked unlinked)
 * @param unchecked  how many linked customers could not be checked (PayPay did not answer)
 */
public record CustomerRefresh(List<CustomerInfo> customers, List<String> nowUnlinked, int unchecked) {

    public CustomerRefresh {
        customers = List.copyOf(customers);
        nowUnlinked = List.copyOf(nowUnlinked);
    }
}
