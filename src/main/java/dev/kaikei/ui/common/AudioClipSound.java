package dev.kaikei.ui.common;

import java.net.URL;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the bundled chimes with JavaFX {@link AudioClip}. A machine without an audio device (or without the media
 * natives) loses the sound, never the checkout: the first failure is logged and later ones are ignored.
 * AudioClip reports a missing device only on its own player thread, so the audio path is first probed with a
 * {@link MediaPlayer}, which fails synchronously where it can be caught.
 */
public final class AudioClipSound implements Sound {

    private static final Logger LOG = LoggerFactory.getLogger(AudioClipSound.class);
    private static final String PAID = "/dev/kaikei/ui/sounds/paid.wav";
    private static final String FAILED = "/dev/kaikei/ui/sounds/failed.wav";

    private final AtomicBoolean broken = new AtomicBoolean();
    private boolean probed;
    private AudioClip paidClip;
    private AudioClip failedClip;

    @Override
    public void paid(long amountYen) {
        paidClip = play(paidClip, PAID);
    }

    @Override
    public void failed() {
        failedClip = play(failedClip, FAILED);
    }

    private AudioClip play(AudioClip loaded, String resource) {
        if (broken.get()) {
            return loaded;
        }
        try {
            AudioClip clip = loaded;
            if (clip == null) {
                URL url = AudioClipSound.class.getResource(resource);
                if (url == null) {
                    throw new IllegalStateException("missing sound resource " + resource);
                }
                if (!probed) {
                    new MediaPlayer(new Media(url.toExternalForm())).dispose();
                    probed = true;
                }
                clip = new AudioClip(url.toExternalForm());
            }
            clip.play();
            return clip;
        } catch (RuntimeException | LinkageError e) { // missing natives surface as LinkageError
            if (broken.compareAndSet(false, true)) {
                LOG.warn("Sound disabled: cannot play {} ({})", resource, e.toString());
            }
            return loaded;
        }
    }
}
