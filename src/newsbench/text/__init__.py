"""Text of pages: decoding bytes as a browser would, normalisation, and days written in page text."""
