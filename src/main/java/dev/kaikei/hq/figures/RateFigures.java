package dev.kaikei.hq.figures;

/**
 * Sales rung up with items at one consumption tax rate in a period (those the tills report as sold: not canceled,
 * not void; refunds are not split by rate).
 *
 * @param taxRate    percent: 10, 8 or 0
 * @param salesCount sales with a part at this rate
 * @param gross      yen including tax
 * @param net        yen before tax
 * @param tax        yen of tax, rounded once per rate and sale as on the receipt
 */
public record RateFigures(int taxRate, long salesCount, long gross, long net, long tax) {
}
