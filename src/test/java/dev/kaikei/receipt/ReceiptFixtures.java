package dev.kaikei.receipt;

import dev.kaikei.journal.ReceiptKind;
import dev.kaikei.journal.ReceiptVariant;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.RefundAllocation;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxPricing;
import dev.kaikei.sale.TaxRounding;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** The sales and stores of the golden receipts. */
final class ReceiptFixtures {

    /** The National Tax Agency's own corporate number: a real, valid check digit. */
    static final RegistrationNumber NUMBER = new RegistrationNumber("T7000012050002");
    static final StoreDetails STORE = new StoreDetails("Kaikei Coffee 渋谷店", "東京都渋谷区神南1-2-3",
            "03-1234-5678", Optional.of(NUMBER), "T1");
    static final StoreDetails UNREGISTERED = new StoreDetails("Kaikei Coffee 渋谷店", "東京都渋谷区神南1-2-3",
            "03-1234-5678", Optional.empty(), "T1");
    static final ZonedDateTime AT = ZonedDateTime.parse("2026-11-02T10:15:00+09:00[Asia/Tokyo]");
    static final ReceiptNumber NO = new ReceiptNumber("T1", 42);

    static final Sale STANDARD_ONLY = Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT,
            new SaleLine("blend", "ブレンドコーヒー", 450, 2, TaxCategory.REDUCED),
            new SaleLine("cake", "ケーキセット", 980, 1, TaxCategory.STANDARD));
    static final Sale REDUCED_ONLY = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
            new SaleLine("onigiri", "おにぎり 鮭", 160, 3, TaxCategory.REDUCED),
            new SaleLine("tea", "お茶 500ml", 150, 1, TaxCategory.REDUCED));
    static final Sale MIXED = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
            new SaleLine("bento", "幕の内弁当", 540, 1, TaxCategory.REDUCED),
            new SaleLine("tea", "お茶 500ml", 150, 1, TaxCategory.REDUCED),
            new SaleLine("bag", "レジ袋", 5, 1, TaxCategory.STANDARD),
            SaleLine.of("切手 84円", 110, TaxCategory.NON_TAXABLE));
    static final Sale EXCLUSIVE = Sale.of(ServiceMode.TAKE_OUT, new TaxPolicy(TaxPricing.EXCLUSIVE,
                    TaxRounding.DOWN),
            new SaleLine("beans", "コーヒー豆 200g", 1200, 1, TaxCategory.REDUCED),
            new SaleLine("mug", "マグカップ", 1500, 1, TaxCategory.STANDARD));

    private ReceiptFixtures() {
    }

    static ReceiptContent sale(Sale sale, StoreDetails store, boolean reprint) {
        return new ReceiptContent(ReceiptKind.SALE, ReceiptVariant.RECEIPT, reprint, store, NO, AT, sale,
                sale.totals(), true, List.of(new PayPayTender(sale.total(), "T1-mpid", "04123456789012345678")),
                Optional.empty(), "", "");
    }

    static ReceiptContent refund(Sale sale, long amount) {
        return new ReceiptContent(ReceiptKind.RETURN, ReceiptVariant.RECEIPT, false, STORE,
                new ReceiptNumber("T1", 57), AT.plusDays(1), sale, RefundAllocation.allocate(sale.totals(), amount,
                TaxRounding.DOWN), amount == sale.total(), List.of(), Optional.of(new ReceiptContent.Returned(NO, AT,
                false, "T1-refund-1")), "", "");
    }

    static ReceiptContent ryoshusho(Sale sale) {
        return new ReceiptContent(ReceiptKind.SALE, ReceiptVariant.RYOSHUSHO, false, STORE, NO, AT, sale,
                sale.totals(), true, List.of(new PayPayTender(sale.total(), "T1-mpid", "04123456789012345678")),
                Optional.empty(), "株式会社 海景商事", "お品代");
    }
}
