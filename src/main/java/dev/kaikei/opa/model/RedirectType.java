package dev.kaikei.opa.model;

/** Where PayPay sends the customer after paying or linking. */
public enum RedirectType { WEB_LINK, APP_DEEP_LINK, WEBVIEW_IN_PAYPAY }
