package dev.kaikei.ui.checkout;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.Watermark;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What the customer display shows between sales: a welcome and the store name. */
public final class CustomerIdleView extends VBox {

    public CustomerIdleView(String storeName, Watermark watermark, Messages messages) {
        getStyleClass().addAll("customer-view", "customer-idle");
        setId("customer-idle");
        Theme.styleNextTo(this, CustomerView.class);
        watermark.band(messages).ifPresent(getChildren()::add);
        Label welcome = new Label(messages.get("customer.idle.welcome"));
        welcome.getStyleClass().add("welcome");
        Label store = new Label(storeName);
        store.getStyleClass().add("store-name");
        Label subtitle = new Label(messages.get("customer.idle.subtitle"));
        subtitle.getStyleClass().add("subtitle");
        VBox center = new VBox(24, welcome, store, subtitle);
        center.setAlignment(Pos.CENTER);
        VBox.setVgrow(center, Priority.ALWAYS);
        getChildren().add(center);
    }
}
