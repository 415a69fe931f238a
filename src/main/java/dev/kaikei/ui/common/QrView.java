package dev.kaikei.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Shows a QR code as large as its area allows, re-rendered in the layout pass whenever the content or the available
 * square changes, and never rescaled (so each module stays whole device pixels).
 */
public final class QrView extends Region {

    private final QrSurface surface;
    private final ObjectProperty<String> content = new SimpleObjectProperty<>(this, "content");
    private final ImageView imageView = new ImageView();
    private String renderedContent;
    private int renderedSize = -1;

    /** A view with an image of its own (see {@link QrSurface}). */
    public QrView(QrRenderer renderer) {
        this(new QrSurface(renderer));
    }

    /** A view drawing into {@code surface}: one after another, the views of one place on screen share its image. */
    public QrView(QrSurface surface) {
        this.surface = surface;
        getStyleClass().add("qr-view");
        imageView.setSmooth(false);
        imageView.setPreserveRatio(true);
        getChildren().add(imageView);
        content.addListener((obs, old, now) -> requestLayout());
        setMinSize(0, 0);
    }

    /** The text to encode; null shows nothing. */
    public ObjectProperty<String> contentProperty() {
        return content;
    }

    /** True once the image for the current content is on screen. */
    public boolean isShowingCode() {
        return imageView.getImage() != null && content.get() != null && content.get().equals(renderedContent);
    }

    public ImageView imageView() {
        return imageView;
    }

    // The code follows the area it is given, never the other way round: no preferred size from the current image.
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        double scale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1.0;
        int devicePx = (int) Math.floor(side * scale);
        String text = content.get();
        if (text == null || devicePx <= 0) {
            imageView.setImage(null);
            renderedContent = null;
            renderedSize = -1;
        } else if (!text.equals(renderedContent) || devicePx != renderedSize) {
            renderedContent = text;
            renderedSize = devicePx;
            // Drawn here, in this layout pass: the code is in the very frame that makes room for it (a few ms of
            // encoding and filling pixels, well within a frame), not one frame and a thread hop later.
            WritableImage image = surface.draw(text, devicePx);
            // On a HiDPI screen the image is in device pixels: show it at exactly 1/scale so nothing resamples.
            imageView.setFitWidth(image.getWidth() / scale);
            imageView.setImage(image);
        }
        double w = imageView.getImage() == null ? 0 : imageView.getImage().getWidth() / scale;
        double x = snappedLeftInset() + (getWidth() - snappedLeftInset() - snappedRightInset() - w) / 2;
        double y = snappedTopInset() + (getHeight() - snappedTopInset() - snappedBottomInset() - w) / 2;
        // Land on whole device pixels, or every module edge would be blurred across two pixels.
        imageView.relocate(Math.floor(x * scale) / scale, Math.floor(y * scale) / scale);
    }
}
