import { foldText } from './fold-text.js';

describe('foldText', () => {
  it('drops accents and case, and reads đ as d', () => {
    expect(foldText('Sở Tư pháp')).toBe('so tu phap');
    expect(foldText('ĐẮK LẮK')).toBe('dak lak');
    expect(foldText('SNgV')).toBe('sngv');
  });

  it('folds text typed with composed or decomposed accents alike', () => {
    expect(foldText('Nông nghiệp'.normalize('NFD'))).toBe(foldText('Nông nghiệp'.normalize('NFC')));
  });
});
