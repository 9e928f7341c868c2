import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../lib/extract/parse/clean';
import { disciplinesIn } from '../../../lib/extract/parse/disciplines';
import { findApprovalNumber, findApprovedBy, findCategory, findCredits, findExpiry, findFormat, parseDate } from '../../../lib/extract/parse/facts';
import { parseCredits } from '../../../lib/extract/parse/numbers';
import { mentionsCe } from '../../../lib/extract/parse/signal';
import { siteOf } from '../../../lib/extract/generic/listings';

describe('numbers as pages write them (sponsor-pages.md)', () => {
  it.each([
    ['1.5', 150], ['1.50', 150], ['.25', 25], ['1 ½', 150], ['1½', 150], ['¾', 75], ['21.75', 2175], ['1.0', 100], ['0', 0],
  ])('%s → %i hundredths', (text, hundredths) => expect(parseCredits(text)).toBe(hundredths));

  it.each(['1.33', '101', '99999999', '-1', 'NaN', '', '1e3'])('%s is not a credit amount', (text) => expect(parseCredits(text)).toBeNull());
});

describe('credits', () => {
  it.each([
    ['Credits: 1.0 (Category A)', 100],
    ['CE Credits | 1.5', 150],
    ['Earn 21.75 credits', 2175],
    ['3.25 contact hours', 325],
    ['1.5 ARRT® Category A CE credits', 150],
    ['.25 credit', 25],
    ['2 CEUs', 200],
    ["1 CEU's", 100],
    ['Continuing education credits: 2.5', 250],
    ['CE: 1.5', 150],
    ['Credits 1.25', 125],
    ['| CE Credits 2 |', 200],
    ['CQR 2.25 CE $27.00', 225],
    ['CE Hrs: 2', 200],
    ['3 credit hrs', 300],
    ['approved for one (1) ARRT Category A credit', 100],
    ['Credits Available: 1.5', 150],
    ['Number of credits: 2', 200],
    ['Approved for 2 hours of ARRT Category A credit', 200],
  ])('%s', (line, hundredths) => expect(findCredits([cleanText(line)])).toBe(hundredths));

  it('a bare "CE" is a unit only at the end of a phrase: "2 CE courses" counts courses', () => {
    expect(findCredits(['Get 2 CE courses for $30'])).toBeNull();
    expect(findCredits(['A 2 hour webinar'])).toBeNull();
  });

  it('prefers a labelled line, and skips sentences about ARRT requirements', () => {
    expect(findCredits(['You need 24 credits every biennium.', 'A 2 credit course', 'Credits: 1.25'])).toBe(125);
    expect(findCredits(['You need 24 credits every biennium.'])).toBeNull();
    expect(findCredits(['Earn your 24 credits today'])).toBeNull();
  });
});

describe('category, approval, expiry, disciplines, format', () => {
  it.each([
    ['Category A', 'A'], ['ARRT® category A or A+ credits', 'A'], ['Cat. A+', 'A+'], ['Category A+ (plus) credit', 'A+'], ['Category: Computed Tomography', null],
  ])('%s → %s', (line, category) => expect(findCategory([line])).toBe(category));

  it('an ASRT Reference ID is three letters and eight digits', () => {
    expect(findApprovalNumber(['Reference ID: DCD01040049'])).toBe('DCD01040049');
    expect(findApprovalNumber(['Approval number: RT-2291'])).toBe('RT-2291');
    expect(findApprovalNumber(['Call 800-555-0100'])).toBeNull();
  });

  it('approving bodies, not ARRT, which only recognizes them', () => {
    expect(findApprovedBy([cleanText('ASRT® / AHRA® approved')])).toBe('ASRT / AHRA');
    expect(findApprovedBy(['Approved by an ARRT recognized RCEEM+'])).toBe('RCEEM+');
    expect(findApprovedBy(['MDCB-approved'])).toBe('MDCB');
    expect(findApprovedBy(['2 SMaRT Ed Credits'])).toBe('SMRT');
    expect(findApprovedBy(['1.5 VOICE Credits'])).toBe('SNMMI-TS');
  });

  it('expiry dates in US, ISO and written form; real calendar dates only', () => {
    expect(findExpiry(['Approval End Date: 10/25/2024'])).toBe('2024-10-25');
    expect(findExpiry(['Expires: 2/29/2028'])).toBe('2028-02-29');
    expect(findExpiry(['Expires: 2/29/2027'])).toBeNull();
    expect(findExpiry(['Course expiration date: Dec 1, 2026'])).toBe('2026-12-01');
    expect(findExpiry(['Courses expire one year from date of purchase'])).toBeNull();
    expect(parseDate('13/01/2026')).toBeNull();
  });

  it('disciplines by name and by abbreviation, longest names first', () => {
    expect(disciplinesIn('Vascular-Interventional Radiography')).toEqual(['VI']);
    expect(disciplinesIn('CT and MRI safety')).toEqual(['CT', 'MR']);
    expect(disciplinesIn('Mr. Smith reviews Radiography')).toEqual(['R']);
    expect(disciplinesIn('Breast Sonography and Mammography')).toEqual(['BS', 'M']);
    expect(disciplinesIn('Bone Density Basics')).toEqual(['BD']);
  });

  it('home study counts once ever, so the format matters', () => {
    expect(findFormat('Directed reading')).toBe('home-study');
    expect(findFormat('Live webinar on March 3')).toBe('live');
    expect(findFormat('Pediatric dose')).toBe('unknown');
  });
});

describe('the first look: is a page about CE at all', () => {
  it.each([
    'Earn 1.5 credits', '2 CE credits', 'ARRT Category A', 'Continuing Education for technologists', '3.25 contact hours', 'ASRT-approved', 'CE: 1.5', 'CQR prescription',
  ])('%s → yes', (text) => expect(mentionsCe(text)).toBe(true));
  it.each([
    'Apply for store credit today', 'Pharmaceutical news', 'A year in the garden', 'Once in a place', 'Credit card: 4 payments', 'concert tickets',
  ])('%s → no', (text) => expect(mentionsCe(text)).toBe(false));
});

describe('which site a listing links to', () => {
  it.each([
    ['https://www.sponsor.example/courses/1', 'sponsor.example'],
    ['http://shop.sponsor.example:8080/p?x=1', 'sponsor.example'],
    ['https://user:pw@learn.sponsor.example/', 'sponsor.example'],
    ['HTTPS://SPONSOR.EXAMPLE', 'sponsor.example'],
    ['http://127.0.0.1:4173/course.html', '127.0.0.1:4173'],
    ['http://[::1]:80/a', '[::1]:80'],
  ])('%s → %s', (href, site) => expect(siteOf(href)).toBe(site));
  it.each(['javascript:alert(1)', 'mailto:a@b.example', 'ftp://sponsor.example/', '/relative'])('%s is no site', (href) => expect(siteOf(href)).toBeNull());
});
