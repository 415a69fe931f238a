package dev.kaikei.receipt;

import dev.kaikei.receipt.ColumnLayout.LogoRow;
import dev.kaikei.receipt.ColumnLayout.QrRow;
import dev.kaikei.receipt.ColumnLayout.Row;
import dev.kaikei.receipt.ColumnLayout.TextRow;
import java.util.Optional;

/** A receipt as the bytes an ESC/POS printer takes: text in Shift_JIS, the number as a QR, logo, cut, drawer pulse. */
public final class EscPosReceipt {

    private EscPosReceipt() {
    }

    /**
     * @param logo        printed at the top when present
     * @param drawerPulse open the cash drawer after the cut
     */
    public static byte[] render(ReceiptDocument document, PaperWidth paper, Optional<MonochromeImage> logo,
                                boolean drawerPulse) {
        EscPos p = new EscPos().initialize();
        for (Row row : new ColumnLayout(paper.columns(), true).lay(document)) {
            if (row instanceof TextRow t) {
                p.align(t.align()).style(t.style()).text(t.text()).newline();
            } else if (row instanceof QrRow q) {
                p.align(ReceiptDocument.Align.CENTER).style(ReceiptDocument.Style.NORMAL)
                        .qr(q.data(), paper == PaperWidth.MM_58 ? 5 : 6).newline().text(q.data()).newline();
            } else if (row instanceof LogoRow && logo.isPresent()) {
                p.align(ReceiptDocument.Align.CENTER).raster(logo.get());
            }
        }
        p.align(ReceiptDocument.Align.LEFT).style(ReceiptDocument.Style.NORMAL).cut();
        if (drawerPulse) {
            p.drawerPulse();
        }
        return p.toByteArray();
    }
}
