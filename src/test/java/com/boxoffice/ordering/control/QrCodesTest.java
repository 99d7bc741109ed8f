package com.boxoffice.ordering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.boxoffice.support.QrScanner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aScannerReadsTheCodeBack() throws Exception {
        for (int i = 0; i < 200; i++) {
            String code = TicketCodes.next();
            assertEquals(code, QrScanner.decode(QrCodes.png(code)));
        }
    }

    @Test
    void modulesAreWholePixelSquaresInsideAWhiteQuietZone() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(TicketCodes.next())));
        assertEquals(0, image.getWidth() % QrCodes.PIXELS_PER_MODULE);
        assertEquals(0xFFFFFFFF, image.getRGB(0, 0), "a white quiet zone");
        int module = QrCodes.PIXELS_PER_MODULE;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x - x % module, y - y % module), image.getRGB(x, y),
                        "pixel " + x + "," + y + " is of its module's colour");
            }
        }
    }
}
