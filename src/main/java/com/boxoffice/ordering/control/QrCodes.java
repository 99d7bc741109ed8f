package com.boxoffice.ordering.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as black-and-white PNG images with a quiet zone, so that phone cameras at the door read them.
 * Modules are drawn straight into the image's packed bits (one bit per pixel, eight pixels a module: one
 * byte): drawing pixel by pixel cost more than everything else in a confirmation email.
 */
public final class QrCodes {

    static final int PIXELS_PER_MODULE = 8;

    private QrCodes() {
    }

    public static byte[] png(String text) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text, e);
        }
        int width = modules.getWidth();
        int size = width * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        // eight pixels a module: one module is one whole byte of a row (bit 1: white), and a row of modules is
        // one row of pixels copied eight times
        byte[] row = new byte[width];
        for (int y = 0; y < width; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = modules.get(x, y) ? 0 : (byte) 0xFF;
            }
            for (int line = 0; line < PIXELS_PER_MODULE; line++) {
                System.arraycopy(row, 0, bits, (y * PIXELS_PER_MODULE + line) * width, width);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
