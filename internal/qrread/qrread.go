// Package qrread reads the QR code in an image, with ZXing's reader (the Go
// port, github.com/makiuchi-d/gozxing): the tests of package qrcode and of
// the share image (e2e) check that what the page draws reads back.
package qrread

import (
	"image"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// Text returns the text of the QR code in img, or an error when it finds
// none.
func Text(img image.Image) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", err
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}
