package dev.kaikei.sale;

/** Whether the customer eats in (店内飲食: food at 10%) or takes the food away (持ち帰り: food at 8%); one per sale. */
public enum ServiceMode {
    EAT_IN,
    TAKE_OUT
}
